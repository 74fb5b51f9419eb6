/** One entry of a register as an import reads it, whatever the format: a registrant acting for a principal. */
export type RegistryRecord = {
  /** Stable within the source from one snapshot to the next (registration number and principal). */
  entryKey: string;
  registrant: string;
  principal: string;
  /** The country as the register writes it ("CHINA", "Russia"). */
  country: string;
  countryCode: string | null;
  registrationNumber: string | null;
  /** YYYY-MM-DD */
  registeredOn: string | null;
  terminatedOn: string | null;
  aliases: string[];
  sourceUrl: string | null;
};

/**
 * A register file that cannot be imported: the message names the line and column, for the administrator
 * (CLI and console alike; register files are public data, so quoting their structure is harmless).
 */
export class RegistryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryFileError';
  }
}
