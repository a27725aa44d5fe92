/**
 * The three-gaps summary for a footprint: for health and wellbeing, care and quality, and finance and
 * efficiency, how many indicators are worse, similar or better than England, how many miss their
 * standard and which miss it furthest; for finance, the do-nothing and do-something final-year positions
 * handed in by the caller (this module does not depend on stp-finance).
 */
package org.stptoolkit.metrics.summary;
