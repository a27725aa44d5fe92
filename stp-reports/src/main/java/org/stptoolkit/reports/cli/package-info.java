/**
 * The {@code stp} command line (picocli): parse, print usage on error, delegate to the library, and
 * turn findings and failures into exit codes. Library code never writes to standard output.
 */
package org.stptoolkit.reports.cli;
