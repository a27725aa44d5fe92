package org.stptoolkit.reports.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.stptoolkit.model.io.AtomicFile;

/**
 * The command line's rules for output files: never overwrite an input, replace an existing output only
 * with {@code --force}, and write atomically so a failure leaves the previous output intact.
 */
final class Outputs {
  private Outputs() {}

  /**
   * Checks, before any work is done, that {@code out} may be written.
   *
   * @throws FileAlreadyExistsException when it exists and {@code force} is false
   * @throws IOException when it is one of the inputs
   */
  static void checkWritable(Path out, boolean force, Collection<Path> inputs) throws IOException {
    for (Path in : inputs) {
      if (Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out)) {
        throw new IOException(out + " is an input of this command; choose another output (inputs are never overwritten)");
      }
    }
    if (!force && Files.exists(out)) {
      throw new FileAlreadyExistsException(out.toString(), null, "already exists; use --force to replace it");
    }
  }

  /** Writes bytes atomically (see {@link AtomicFile}). */
  static void write(Path out, boolean force, byte[] bytes) throws IOException {
    AtomicFile.write(out, force, bytes);
  }
}
