package org.stptoolkit.reports.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * The output folder of a command that writes many files ({@code stp national}, {@code stp collect}),
 * written as one transaction: every file goes into a new temporary folder beside the target
 * ({@code .OUT.PID.N.tmp}), and only when the whole set is written is it swapped in. A run that fails or is
 * killed leaves the previous set as it was; {@code --force} replaces the set as a whole, so no file of an
 * earlier run is left beside the new ones.
 *
 * <p>The swap is two renames in the same folder: the previous set to {@code .OUT.PID.old}, then the new
 * set to {@code OUT}, then the old set is deleted. A process killed between the two renames leaves no
 * {@code OUT} and the previous set in {@code .OUT.PID.old}; the next run puts it back before it starts. A
 * temporary folder is removed only by the process that made it, or by a later run once that process has
 * ended.
 */
final class OutputSet {

  /** The names an output set may hold; a folder holding anything else is not replaced. */
  static final Set<String> NAMES = Set.of("national.result.json", "national.xlsx", "national.pdf", "findings.txt",
      "workbooks", "packs");

  private final Path target;
  private final Path staging;

  private OutputSet(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Checks that {@code out} may receive an output set read from {@code input}, recovers what a killed run
   * left, and makes the temporary folder to write into.
   *
   * @param out the output folder
   * @param input the folder the inputs are read from
   * @param force whether an existing output set may be replaced
   * @throws IOException with a plain-English message when {@code out} is, holds or is inside
   *     {@code input}, is not a folder, holds files that are not outputs, or exists without {@code force}
   */
  static OutputSet begin(Path out, Path input, boolean force) throws IOException {
    Path target = check(out, input, force);
    Path parent = target.getParent();
    Files.createDirectories(parent);
    recover(parent, target.getFileName().toString());
    check(out, input, force);
    Path staging = null;
    for (int n = 0; staging == null; n++) {
      Path candidate = parent.resolve(prefix(target.getFileName().toString()) + pid() + "." + n + ".tmp");
      try {
        staging = Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException e) {
        // another set of this process, or a leftover: try the next number
      }
    }
    return new OutputSet(target, staging);
  }

  /**
   * The checks of {@link #begin}, made before any input is read so that a command refuses at once.
   *
   * @return the output folder as an absolute path
   */
  static Path check(Path out, Path input, boolean force) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException(Messages.path(out) + " is the root folder; choose a folder for the outputs");
    }
    Path in = real(input);
    Path realTarget = real(target);
    if (realTarget.equals(in) || realTarget.startsWith(in) || in.startsWith(realTarget)) {
      throw new IOException(Messages.path(out) + " overlaps the input folder " + Messages.path(input)
          + " (it is, holds or is inside it); choose an output folder outside the inputs");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(Messages.path(out) + " is not a folder; the outputs go into a folder (choose a new name)");
      }
      boolean empty;
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(target)) {
        empty = true;
        for (Path p : ds) {
          empty = false;
          String name = p.getFileName().toString();
          if (!NAMES.contains(name)) {
            throw new IOException(Messages.path(out) + " holds " + Messages.quote(name)
                + ", which is not an output of this command; choose a new folder for the outputs");
          }
        }
      }
      if (!empty && !force) {
        throw new FileAlreadyExistsException(Messages.path(out), null,
            "already holds outputs; use --force to replace them");
      }
    }
    return target;
  }

  /** The folder to write the new set into. */
  Path folder() {
    return staging;
  }

  /** The folder the set will have once committed. */
  Path target() {
    return target;
  }

  /** Swaps the new set in place of the previous one. */
  void commit() throws IOException {
    Path old = target.resolveSibling(prefix(target.getFileName().toString()) + pid() + ".old");
    boolean hadOld = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (hadOld) {
      move(target, old);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (hadOld) {
        move(old, target);
      }
      throw e;
    }
    if (hadOld) {
      try {
        deleteTree(old);
      } catch (IOException e) {
        // the new set is in place; what is left of the old one is removed by a later run
      }
    }
  }

  /** Removes the temporary folder (after a failure); the previous set is untouched. */
  void abandon() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // nothing more can be done; a later run removes it once this process has ended
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static String prefix(String name) {
    return "." + name + ".";
  }

  private static long pid() {
    return ProcessHandle.current().pid();
  }

  /**
   * What runs that were killed left beside {@code name}: their temporary folders are removed, and a
   * previous set moved aside is put back when no set took its place.
   */
  private static void recover(Path parent, String name) throws IOException {
    String prefix = prefix(name);
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path p : ds) {
        String rest = p.getFileName().toString().substring(prefix.length());
        int dot = rest.indexOf('.');
        if (dot <= 0 || !rest.substring(0, dot).chars().allMatch(Character::isDigit)) {
          continue;
        }
        long owner = Long.parseLong(rest.substring(0, dot));
        if (owner == pid() || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
        Path target = parent.resolve(name);
        if (rest.endsWith(".old") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          move(p, target);
        } else if (rest.endsWith(".old") || rest.endsWith(".tmp")) {
          deleteTree(p);
        }
      }
    }
  }

  private static Path real(Path p) throws IOException {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    return existing.toRealPath().resolve(existing.relativize(abs));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
