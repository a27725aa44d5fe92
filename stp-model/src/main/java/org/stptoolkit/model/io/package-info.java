/** File handling shared by every entry point: atomic writes that never leave half a file. */
package org.stptoolkit.model.io;
