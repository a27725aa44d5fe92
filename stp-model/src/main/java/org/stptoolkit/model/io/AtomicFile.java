package org.stptoolkit.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the previous content or the complete new content, never
 * half a file: the bytes go to a temporary file in the same folder, are flushed to disk, and the
 * temporary file is then moved over the target atomically. A failure at any point deletes the
 * temporary file and leaves the previous output intact. A process killed outright cannot delete its
 * temporary file; the next write of the same target sweeps such leftovers ({@code .NAME.PID.*.part}
 * whose process has ended), and never another running process's. An existing target that is not a
 * regular file (a device, a FIFO, a folder, a link) is never replaced.
 */
public final class AtomicFile {

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes everything to {@code out}; may throw to abandon the write.
     *
     * @param out where to write
     * @throws IOException if the content cannot be written, or the write is abandoned
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /**
   * Writes {@code target} atomically.
   *
   * @param target the file to write
   * @param replace whether an existing file may be replaced (the CLI's {@code --force})
   * @param content what to write
   * @throws FileAlreadyExistsException when the target exists and {@code replace} is false
   * @throws IOException when writing fails; the target is then unchanged
   */
  public static void write(Path target, boolean replace, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (Files.exists(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(org.stptoolkit.model.validation.PlainText.escape(target.toString())
          + (Files.isDirectory(abs) ? " is a folder" : " is not a regular file (a device, FIFO, socket or link)")
          + "; an output only ever replaces a regular file");
    }
    if (!replace && Files.exists(abs)) {
      throw new FileAlreadyExistsException(abs.toString(), null,
          "already exists; use --force to replace it");
    }
    Files.createDirectories(dir);
    sweepLeftovers(dir, abs.getFileName().toString());
    Path tmp = newTemporary(dir, "." + abs.getFileName() + "." + PID + ".");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
        out.flush();
      }
      try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      permissions(tmp, abs);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** This process's id, which every temporary file's name carries ({@link #sweepLeftovers}). */
  private static final long PID = ProcessHandle.current().pid();
  /** Numbers this process's temporary files, with the time, so that names seldom meet. */
  private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

  /**
   * A new, empty temporary file {@code PREFIX<number>.part} in {@code dir}, created only if no file of that
   * name exists (never following a link left there), readable by its owner only where the file system has
   * POSIX permissions; as {@code Files.createTempFile}, without its secure random number generator, whose
   * start was a tenth of a cold {@code stp project}'s main thread: the name needs to be new, not secret.
   */
  private static Path newTemporary(Path dir, String prefix) throws IOException {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(prefix + Long.toUnsignedString(System.nanoTime() ^ SEQUENCE.incrementAndGet() << 48, 36)
          + ".part");
      try {
        return posix
            ? Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")))
            : Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /**
   * A temporary file is created readable by its owner only; the output gets the permissions of the file
   * it replaces, or those of an ordinary new file (rw-r--r--) on file systems that have them.
   */
  private static void permissions(Path tmp, Path target) throws IOException {
    if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  /**
   * Deletes temporary files that killed processes left ({@code .NAME.PID.*.part} whose process has
   * ended); a temporary file of a process still running (another write of the same output under way) is
   * never touched, nor one whose name does not carry a process id.
   */
  private static void sweepLeftovers(Path dir, String name) throws IOException {
    String prefix = "." + name + ".";
    try (var siblings = Files.newDirectoryStream(dir,
        p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".part"))) {
      for (Path p : siblings) {
        String rest = p.getFileName().toString().substring(prefix.length());
        int dot = rest.indexOf('.');
        if (dot <= 0 || dot > 18 || !rest.substring(0, dot).chars().allMatch(Character::isDigit)) {
          continue;
        }
        long owner = Long.parseLong(rest.substring(0, dot));
        if (owner != PID && !ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)
            && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Writes bytes atomically.
   *
   * @param target the file to write
   * @param replace whether an existing file may be replaced (the CLI's {@code --force})
   * @param bytes the whole file
   * @throws IOException if the file cannot be written, or exists and may not be replaced
   */
  public static void write(Path target, boolean replace, byte[] bytes) throws IOException {
    write(target, replace, out -> out.write(bytes));
  }
}
