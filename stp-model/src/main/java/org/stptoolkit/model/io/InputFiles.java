package org.stptoolkit.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The gate every input file passes before a byte of it is read: it must be a regular file (a folder, a
 * device such as {@code /dev/zero}, a FIFO or a socket is refused, since reading one could hang or never
 * end), no larger than the reader's limit, and, when it was found by listing a folder, it must not be a
 * link to a file outside that folder (a link to a private file would otherwise be read, and could end up
 * quoted in a report). The problem is described in plain words that name the file, never its content.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * What stops {@code file} from being read, or empty when nothing does.
   *
   * @param file the file
   * @param folder the folder it was listed from, or {@code null} when the user named the file
   * @param maxBytes the largest size accepted
   * @return "is a folder; expected a file", "is not a regular file (a device, FIFO or socket)", "is a link
   *     to a file outside the folder ...", "has N bytes; at most M are read", "no such file", or empty
   */
  public static Optional<String> problem(Path file, Path folder, long maxBytes) {
    try {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of("no such file");
      }
      if (folder != null && Files.isSymbolicLink(file)) {
        Path real;
        try {
          real = file.toRealPath();
        } catch (IOException e) {
          return Optional.of("is a link to a file that does not exist");
        }
        if (!real.startsWith(folder.toRealPath())) {
          return Optional.of("is a link to a file outside the folder; copy the file into the folder instead");
        }
      }
      if (!Files.exists(file)) {
        return Optional.of("is a link to a file that does not exist");
      }
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (a.isDirectory()) {
        return Optional.of("is a folder; expected a file");
      }
      if (!a.isRegularFile()) {
        return Optional.of("is not a regular file (a device, FIFO or socket); expected a file");
      }
      if (a.size() > maxBytes) {
        return Optional.of("has " + a.size() + " bytes; at most " + maxBytes + " are read");
      }
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.of("cannot be read (permission denied or an I/O error)");
    }
  }

  /**
   * Reads at most {@code maxBytes} bytes of a file that passed {@link #problem}; a file that grew past the
   * limit since is refused rather than read to its end.
   *
   * @param file the file to read
   * @param maxBytes the largest size accepted, in bytes
   * @return the file's bytes
   * @throws IOException when it cannot be read or is larger than {@code maxBytes}
   */
  public static byte[] readBounded(Path file, long maxBytes) throws IOException {
    try (var in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new IOException(file + " has more than " + maxBytes + " bytes; at most " + maxBytes + " are read");
      }
      return bytes;
    }
  }
}
