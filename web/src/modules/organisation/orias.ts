/** ORIAS registration number of a broker: 8 digits (spaces typed for reading are ignored). */
export const normaliseOrias = (value: string): string => value.replace(/\s+/g, "");

export const isOriasNumber = (value: string): boolean => /^\d{8}$/.test(normaliseOrias(value));
