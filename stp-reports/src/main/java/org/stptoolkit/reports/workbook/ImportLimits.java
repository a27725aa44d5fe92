package org.stptoolkit.reports.workbook;

import java.time.Duration;

/**
 * Bounds on an untrusted workbook, checked before and while it is read.
 *
 * @param maxFileBytes largest file accepted; larger files are refused before they are opened
 * @param maxEntryBytes largest uncompressed size of one zip entry
 * @param maxTotalBytes largest uncompressed size of all entries together
 * @param maxEntries most zip entries
 * @param maxInflateRatio largest uncompressed/compressed ratio of an entry above 1 MB (POI's own
 *     default is 100, its minimum inflate ratio 0.01)
 * @param maxRowsPerSheet most rows in one sheet, counted in a streaming pass before the sheet is loaded
 * @param timeout longest one import may take
 */
public record ImportLimits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, int maxEntries,
    double maxInflateRatio, int maxRowsPerSheet, Duration timeout) {

  /** The defaults: 20 MB file, 50 MB entry, 200 MB in all, 1,000 entries, ratio 100, 20,000 rows, 60 s. */
  public static final ImportLimits DEFAULT = new ImportLimits(20L << 20, 50L << 20, 200L << 20, 1000, 100,
      20_000, Duration.ofSeconds(60));

  /**
   * Validates the limits.
   *
   * @param maxFileBytes largest file accepted; larger files are refused before they are opened
   * @param maxEntryBytes largest uncompressed size of one zip entry
   * @param maxTotalBytes largest uncompressed size of all entries together
   * @param maxEntries most zip entries
   * @param maxInflateRatio largest uncompressed/compressed ratio of an entry above 1 MB (POI's own default
   *     is 100, its minimum inflate ratio 0.01)
   * @param maxRowsPerSheet most rows in one sheet, counted in a streaming pass before the sheet is loaded
   * @param timeout longest one import may take
   */
  public ImportLimits {
    if (maxFileBytes <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxInflateRatio <= 1
        || maxRowsPerSheet <= 0 || timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("import limits must be positive (inflate ratio above 1)");
    }
  }

  /**
   * These limits with another row limit.
   *
   * @param rows the most rows a sheet may have
   * @return these limits with another row limit
   */
  public ImportLimits withMaxRowsPerSheet(int rows) {
    return new ImportLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxEntries, maxInflateRatio, rows, timeout);
  }

  /**
   * These limits with another file size cap.
   *
   * @param bytes the largest file accepted, in bytes
   * @return these limits with another file size cap
   */
  public ImportLimits withMaxFileBytes(long bytes) {
    return new ImportLimits(bytes, maxEntryBytes, maxTotalBytes, maxEntries, maxInflateRatio, maxRowsPerSheet, timeout);
  }

  /**
   * These limits with another time limit.
   *
   * @param d the longest a read may take
   * @return these limits with another time limit
   */
  public ImportLimits withTimeout(Duration d) {
    return new ImportLimits(maxFileBytes, maxEntryBytes, maxTotalBytes, maxEntries, maxInflateRatio, maxRowsPerSheet, d);
  }
}
