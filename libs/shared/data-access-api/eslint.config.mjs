import { angularProjectConfig } from '../../../eslint.angular.config.mjs';

export default angularProjectConfig('pd');
