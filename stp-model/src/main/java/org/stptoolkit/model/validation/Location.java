package org.stptoolkit.model.validation;

/**
 * Where a finding is: a file (or empty for an in-memory model) and a place in it, written the way a
 * person would look for it: "SSSFT 2015/16 Mental Health", "$.solutions[3].phasedGbpK.2017/18",
 * "'Solutions'!E7", "line 12, column Count".
 *
 * @param file the file, or empty
 * @param place the place in the file or model
 */
public record Location(String file, String place) {
  /**
   * Normalises nulls to empty strings.
   *
   * @param file the file, or empty
   * @param place the place in the file or model
   */
  public Location {
    file = file == null ? "" : file;
    place = place == null ? "" : place;
  }

  /**
   * A place in an in-memory model.
   *
   * @param place where the problem is, in words
   * @return a place in an in-memory model
   */
  public static Location of(String place) {
    return new Location("", place);
  }

  /**
   * The same place in the named file.
   *
   * @param fileName the file's name
   * @return the same place in the named file
   */
  public Location inFile(String fileName) {
    return new Location(fileName, place);
  }

  /** "file: place", "file", or "place". */
  @Override
  public String toString() {
    if (file.isEmpty()) {
      return place;
    }
    return place.isEmpty() ? file : file + ": " + place;
  }
}
