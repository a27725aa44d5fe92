/**
 * What the analyst sees: the Excel submission template, the PDF summary pack and the {@code stp}
 * command line. Reports read the engine's results; they compute nothing themselves.
 */
package org.stptoolkit.reports;
