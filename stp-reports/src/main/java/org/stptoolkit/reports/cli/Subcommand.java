package org.stptoolkit.reports.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand of {@code stp}: picocli calls {@link #call()} for its exit code, after the command line
 * has handed it the {@link Console} it writes through.
 */
abstract class Subcommand implements Callable<Integer>, ConsoleAware {

  private Console console;

  /** Injected by picocli: this command as the command line knows it ("stp national"). */
  @Spec
  CommandSpec spec;

  @Override
  public final void console(Console c) {
    this.console = c;
  }

  /** The console this command writes through. */
  final Console console() {
    return console;
  }

  /** A usage error (exit 2) of this command, printed with a pointer to its --help. */
  final CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
