package org.stptoolkit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails or is killed half way leaves the previous output intact and no partial file. */
class AtomicFileTest {

  @Test
  void failureMidWriteLeavesThePreviousOutputAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("result.json");
    Files.writeString(out, "previous");
    assertThatThrownBy(() -> AtomicFile.write(out, true, stream -> {
      stream.write("half of the new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(out)).isEqualTo("previous");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void processKilledMidWriteLeavesThePreviousOutputIntact(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("pack.pdf");
    Files.writeString(out, "previous");
    // A child JVM starts a long atomic write of the same file and is killed outright half way.
    String cp = System.getProperty("java.class.path");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", cp, SlowWriter.class.getName(), out.toString()).redirectErrorStream(true).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!partFileExists(dir) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(partFileExists(dir)).as("the child started writing").isTrue();
    child.destroyForcibly().waitFor();
    assertThat(Files.readString(out)).isEqualTo("previous");
    // The next write sweeps the killed run's leftover and completes.
    AtomicFile.write(out, true, "new".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(out)).isEqualTo("new");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  private static boolean partFileExists(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
    }
  }

  /** Writes slowly for a long time, so a test can kill it half way. */
  public static final class SlowWriter {
    /** Entry point: the file to write. */
    public static void main(String[] args) throws Exception {
      AtomicFile.write(Path.of(args[0]), true, stream -> {
        for (int i = 0; i < 600; i++) {
          stream.write(new byte[1024]);
          stream.flush();
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
        }
      });
    }
  }

  @Test
  void newOutputIsReadableByOthersLikeAnOrdinaryFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("pack.pdf");
    AtomicFile.write(out, false, new byte[] {1});
    org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void refusesToReplaceWithoutPermission(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("x.txt");
    Files.writeString(out, "keep");
    assertThatThrownBy(() -> AtomicFile.write(out, false, new byte[] {1}))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(Files.readString(out)).isEqualTo("keep");
  }

  @Test
  void aTemporaryFileOfAnotherRunningWriteIsNeverRemoved(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("result.json");
    Process other = new ProcessBuilder("sleep", "30").start();
    try {
      Path theirs = dir.resolve(".result.json." + other.pid() + ".123.part");
      Files.writeString(theirs, "another run's half-written output");
      Path dead = dir.resolve(".result.json.999999999.456.part");
      Files.writeString(dead, "a killed run's leftover");
      AtomicFile.write(out, true, "new".getBytes(StandardCharsets.UTF_8));
      assertThat(Files.readString(theirs)).isEqualTo("another run's half-written output");
      assertThat(dead).doesNotExist();
      assertThat(Files.readString(out)).isEqualTo("new");
    } finally {
      other.destroyForcibly().waitFor();
    }
  }

  @Test
  void anOutputNeverReplacesAFifoOrAFolderEvenWhenForced(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    assertThatThrownBy(() -> AtomicFile.write(fifo, true, "x".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class).hasMessageContaining("is not a regular file")
        .hasMessageContaining("only ever replaces a regular file");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
    Path folder = Files.createDirectory(dir.resolve("folder"));
    assertThatThrownBy(() -> AtomicFile.write(folder, true, "x".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class).hasMessageContaining("is a folder");
    assertThat(folder).isDirectory();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(fifo, folder);
    }
  }

  /**
   * While it is written, the output's temporary file sits beside it, named for this process, readable by its
   * owner only; many writes at once in one folder each get their own and leave none behind.
   */
  @Test
  void eachWriteHasItsOwnOwnerOnlyTemporaryFileAndLeavesNoneBehind(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("r.json");
    AtomicFile.write(target, false, out -> {
      try (var parts = Files.list(dir)) {
        List<Path> tmp = parts.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        assertThat(tmp).hasSize(1);
        assertThat(tmp.get(0).getFileName().toString())
            .startsWith(".r.json." + ProcessHandle.current().pid() + ".");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.get(0))))
              .isEqualTo("rw-------");
        }
      }
      out.write(1);
    });
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Path t = dir.resolve("o" + (i % 20) + ".json");
        byte[] bytes = {(byte) i};
        writes.add(pool.submit(() -> {
          AtomicFile.write(t, true, bytes);
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> w : writes) {
        w.get();
      }
    } finally {
      pool.shutdown();
    }
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList()).isEmpty();
    }
  }
}

