// The debugger's one error type: a request it cannot carry out, with a message meant for the user.

/** A debugger request that cannot be carried out (unknown register, memory out of range, program running...). */
export class DebuggerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DebuggerError';
  }
}
