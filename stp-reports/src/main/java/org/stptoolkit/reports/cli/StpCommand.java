package org.stptoolkit.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code stp} command: the STP toolkit for analysts, without writing Java.
 *
 * <p>Exit codes: 0 success; 1 the input is invalid (findings printed, nothing written); 2 usage error;
 * 3 I/O error; 4 internal error (a bug: one line on standard error, details in a log file). No stack
 * trace unless {@code --debug}.
 */
@Command(name = "stp", mixinStandardHelpOptions = true, version = "stp 0.1.0",
    description = "Sustainability and Transformation Plan toolkit: do-nothing projection, financial bridge,"
        + " health indicators, Excel submission templates and PDF summary packs.",
    subcommands = {DemoCommand.class, ExampleCommand.class, NewCommand.class, ValidateCommand.class, ProjectCommand.class,
        TemplateCommand.class, ImportCommand.class, CompareCommand.class, MonteCarloCommand.class, GoalSeekCommand.class,
        GenerateCommand.class, NationalCommand.class, CollectCommand.class, ReportCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the input is invalid (findings printed, nothing written)",
        "2:usage error", "3:a file could not be read or written", "4:internal error (a bug)"})
public final class StpCommand implements Runnable {

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print stack traces of failures (for reporting a bug).")
  boolean debug;

  @picocli.CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.console() != null));
  }

  /**
   * Runs the command line with the given streams and returns the exit code (for tests and embedding).
   *
   * @param interactive whether to show progress bars
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
    Console console = new Console(out, err, interactive);
    CommandLine cl = new CommandLine(new StpCommand(), new Factory(console));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(t -> ExitCode.INTERNAL);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("stp: " + ex.getMessage());
      CommandLine c = ex.getCommandLine();
      err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      err.flush();
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> handle(ex, c, console, args));
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      code = outOfMemory(err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Running out of memory is a limit of this machine for this input, not a bug: one line saying so and
   * what to do, exit 3, never a stack trace.
   */
  private static int outOfMemory(PrintWriter err) {
    err.println("stp: out of memory: the input is too large for the " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB Java may use here; nothing was written. Give Java more memory (java -Xmx4g -jar stp.jar ...)"
        + " or split the input.");
    err.flush();
    return ExitCode.IO;
  }

  private static OutOfMemoryError outOfMemoryIn(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof OutOfMemoryError oom) {
        return oom;
      }
    }
    return null;
  }

  private static boolean debugRequested(String[] args) {
    for (String a : args) {
      if ("--debug".equals(a)) {
        return true;
      }
    }
    return false;
  }

  private static int handle(Exception ex, CommandLine c, Console console, String[] args) {
    PrintWriter err = console.err();
    boolean debug = debugRequested(args);
    Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (t instanceof InvalidInputException invalid) {
      console.findings(invalid.findings());
      err.println("stp: the input is invalid; nothing was written.");
      return ExitCode.INVALID_INPUT;
    }
    if (outOfMemoryIn(t) != null) {
      return outOfMemory(err);
    }
    if (t instanceof IOException io) {
      err.println("stp: " + describe(io));
      if (debug) {
        io.printStackTrace(err);
      }
      return ExitCode.IO;
    }
    if (debug) {
      t.printStackTrace(err);
      return ExitCode.INTERNAL;
    }
    String where = writeLog(t);
    err.println("stp: sorry, an internal error stopped the command (" + t.getClass().getSimpleName()
        + "); this is a bug in the toolkit. Details: " + where);
    return ExitCode.INTERNAL;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return n.getReason() == null || n.getReason().equals("no such file") ? "no such file: " + org.stptoolkit.model.validation.PlainText.escape(n.getFile())
          : org.stptoolkit.model.validation.PlainText.escape(n.getFile()) + " " + n.getReason();
    }
    if (e instanceof FileAlreadyExistsException f) {
      return Messages.path(Path.of(f.getFile())) + " "
          + (f.getReason() == null ? "already exists; use --force to replace it" : f.getReason());
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + org.stptoolkit.model.validation.PlainText.escape(a.getFile());
    }
    return e.getMessage() == null ? "a file could not be read or written" : org.stptoolkit.model.validation.PlainText.escape(e.getMessage());
  }

  private static String writeLog(Throwable t) {
    try {
      Path log = Files.createTempFile("stp-error-", ".log");
      StringWriter sw = new StringWriter();
      t.printStackTrace(new PrintWriter(sw));
      Files.writeString(log, sw.toString());
      return log.toString();
    } catch (IOException | RuntimeException e) {
      return "(no log could be written; run again with --debug)";
    }
  }

  /** Gives each command the console. */
  private record Factory(Console console) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (ConsoleAware.class.isAssignableFrom(cls)) {
        K k = cls.getDeclaredConstructor().newInstance();
        ((ConsoleAware) k).console(console);
        return k;
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
