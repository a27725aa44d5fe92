package org.stptoolkit.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.io.UncheckedIOException;
import org.stptoolkit.reports.workbook.WorkbookSelfCheck;
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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the input is invalid (findings printed, nothing written)",
        "2:usage error", "3:a file could not be read or written", "4:internal error (a bug)"})
public final class StpCommand implements Runnable {

  /**
   * The commands, in the order {@code stp --help} lists them. Only the one being run is built (picocli
   * reads each command's annotations by reflection when it is added, a fifth of {@code project}'s
   * start-up); all of them for help, {@code help} and a name that is not a command.
   */
  private static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, ExampleCommand.class,
      NewCommand.class, ValidateCommand.class, ProjectCommand.class, TemplateCommand.class, ImportCommand.class,
      CompareCommand.class, MonteCarloCommand.class, GoalSeekCommand.class, GenerateCommand.class,
      NationalCommand.class, CollectCommand.class, ReportCommand.class, CommandLine.HelpCommand.class);

  /** picocli's setting: regular expressions for the class names of built-in converters to leave out. */
  static final String PICOCLI_EXCLUDES = "picocli.converters.excludes";
  /** The built-in converters the toolkit's options never use: java.sql and java.time types. */
  static final String UNUSED_CONVERTERS = "java\\.sql\\..*,java\\.time\\..*";

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print stack traces of failures (for reporting a bug).")
  boolean debug;

  @picocli.CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * Runs the command line and exits with its code. Output is written in the console's own encoding (a
   * Windows code page in cmd.exe, UTF-8 on most other terminals), so "£'000" reads as it should; when
   * output is redirected, in the platform's encoding.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Warmup.start(args);
    // picocli registers converters for java.sql and java.time types by reflection, loading ~75 classes for
    // types no option of the toolkit has; its own setting leaves them out (unless the caller has chosen)
    if (System.getProperty(PICOCLI_EXCLUDES) == null) {
      System.setProperty(PICOCLI_EXCLUDES, UNUSED_CONVERTERS);
    }
    java.io.Console console = System.console();
    Charset cs = consoleCharset(console == null ? null : console.charset(), System.getProperty("stdout.encoding"),
        System.getProperty("sun.stdout.encoding"), System.getProperty("native.encoding"));
    System.exit(execute(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true), console != null));
  }

  /**
   * The encoding to write the console in: the terminal's when there is one, else what the JVM was told
   * standard output uses, else the platform's native encoding, else UTF-8. A name the JVM does not know
   * is passed over.
   *
   * @param terminal the terminal's encoding, or {@code null} when output is not a terminal
   * @param names further encoding names in order of preference; {@code null}s are skipped
   * @return the encoding
   */
  static Charset consoleCharset(Charset terminal, String... names) {
    if (terminal != null) {
      return terminal;
    }
    for (String n : names) {
      if (n != null && !n.isBlank()) {
        try {
          return Charset.forName(n.strip());
        } catch (IllegalArgumentException e) {
          // an unknown or illegal name: try the next
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * Runs the command line with the given streams and returns the exit code (for tests and embedding).
   *
   * @param args the arguments
   * @param out where normal output goes
   * @param err where errors go
   * @param interactive whether to show progress bars
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
    Console console = new Console(out, err, interactive);
    CommandLine cl = commandLine(new Factory(console), args);
    cl.setOut(out);
    cl.setErr(err);
    // Numbers in plain English: "expected a number such as -286000, found '-286m'", not "is not a double".
    CommandLine.ITypeConverter<Double> number = v -> {
      try {
        return Double.valueOf(v.strip().replace(",", ""));
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("expected a number such as -286000 or 2.5 (digits only: no"
            + " units, letters or £ sign), found '" + v + "'");
      }
    };
    CommandLine.ITypeConverter<Integer> whole = v -> {
      try {
        return Integer.valueOf(v.strip().replace(",", ""));
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("expected a whole number such as 10000, found '" + v + "'");
      }
    };
    CommandLine.ITypeConverter<Long> wholeLong = v -> {
      try {
        return Long.valueOf(v.strip().replace(",", ""));
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("expected a whole number such as 2016, found '" + v + "'");
      }
    };
    cl.registerConverter(Double.class, number);
    cl.registerConverter(double.class, number);
    cl.registerConverter(Integer.class, whole);
    cl.registerConverter(int.class, whole);
    cl.registerConverter(Long.class, wholeLong);
    cl.registerConverter(long.class, wholeLong);
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
        + " MB Java may use here; nothing was written. Give Java more memory (with the stp"
        + " launcher: STP_JAVA_OPTS=-Xmx4g stp ...; without it: java -Xmx4g -jar stp.jar ...) or split the input.");
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

  /**
   * The command line for {@code args}: the top-level command with only the command {@code args} name
   * (the first argument that is not an option), or with every command when none is named or the name is
   * not a command (so help, {@code help} and "did you mean" see them all).
   */
  static CommandLine commandLine(CommandLine.IFactory factory, String[] args) {
    CommandLine cl = new CommandLine(new StpCommand(), factory);
    String named = null;
    for (String a : args) {
      if (!a.startsWith("-")) {
        named = a;
        break;
      }
    }
    boolean one = false;
    for (Class<?> c : COMMANDS) {
      if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(named)) {
        one = true;
      }
    }
    for (Class<?> c : COMMANDS) {
      if (!one || c.getAnnotation(Command.class).name().equals(named)) {
        cl.addSubcommand(commandObject(factory, c));
      }
    }
    return cl;
  }

  private static Object commandObject(CommandLine.IFactory factory, Class<?> c) {
    try {
      return factory.create(c);
    } catch (Exception e) {
      throw new IllegalStateException("the command " + c.getSimpleName() + " could not be created", e);
    }
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
    if (t instanceof org.stptoolkit.model.validation.InvalidInputException refused) {
      // the library refused input with ERROR findings (Parsed.requireValid, StpEngine.run): the same exit
      console.findings(refused.findings().all());
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
    if (t instanceof WorkbookSelfCheck.Failed failed) {
      err.println("stp: " + failed.getMessage() + ".");
      if (debug) {
        t.printStackTrace(err);
      }
      return ExitCode.INTERNAL;
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
