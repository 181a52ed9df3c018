/** Which end of the stay the picker chooses: it changes which days are open and what they say. */
export type PickerMode = 'arrival' | 'departure';
