package org.stptoolkit.reports.cli;

/** A command that writes through the {@link Console} it is given. */
interface ConsoleAware {
  /** Sets the console before the command runs. */
  void console(Console console);
}
