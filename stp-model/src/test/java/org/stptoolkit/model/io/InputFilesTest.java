package org.stptoolkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The I/O gate: what is refused before a byte is read, in words that name the file and never its content. */
class InputFilesTest {

  @Test
  void onlyRegularFilesWithinTheLimitAndTheFolderPass(@TempDir Path dir) throws Exception {
    Path ok = Files.writeString(dir.resolve("ok.json"), "{}");
    assertThat(InputFiles.problem(ok, dir, 10)).isEmpty();
    assertThat(InputFiles.problem(ok, dir, 1)).contains("has 2 bytes; at most 1 are read");
    assertThat(InputFiles.problem(dir.resolve("none.json"), dir, 10)).contains("no such file");
    assertThat(InputFiles.problem(dir, null, 10)).contains("is a folder; expected a file");
    Path fifo = dir.resolve("pipe.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    assertThat(InputFiles.problem(fifo, null, 10))
        .contains("is not a regular file (a device, FIFO or socket); expected a file");
    assertThat(InputFiles.problem(fifo, dir, 10)).contains("is not a regular file (a device, FIFO or socket); expected a file");
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path outside = Files.writeString(dir.resolve("private.txt"), "secret");
    Path out = Files.createSymbolicLink(sub.resolve("out.json"), outside);
    assertThat(InputFiles.problem(out, sub, 100))
        .contains("is a link to a file outside the folder; copy the file into the folder instead");
    assertThat(InputFiles.problem(out, null, 100)).as("a link the user named is theirs to follow").isEmpty();
    Path in = Files.createSymbolicLink(sub.resolve("in.json"), Files.writeString(sub.resolve("real.json"), "{}"));
    assertThat(InputFiles.problem(in, sub, 100)).isEmpty();
    Path dangling = Files.createSymbolicLink(sub.resolve("gone.json"), sub.resolve("missing"));
    assertThat(InputFiles.problem(dangling, sub, 100)).contains("is a link to a file that does not exist");
  }

  @Test
  void aBoundedReadStopsAtTheLimit(@TempDir Path dir) throws Exception {
    Path f = Files.write(dir.resolve("f"), new byte[100]);
    assertThat(InputFiles.readBounded(f, 100)).hasSize(100);
    assertThatThrownBy(() -> InputFiles.readBounded(f, 99)).isInstanceOf(IOException.class)
        .hasMessageContaining("has more than 99 bytes");
  }
}
