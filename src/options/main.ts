/** The options page (sections are filled in by their own modules). */
export {};
