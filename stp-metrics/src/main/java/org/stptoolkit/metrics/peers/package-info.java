/**
 * An area among its peers (the 10 most similar CCGs, or any comparator group): rank, quintile with
 * Excel's PERCENTILE.INC cut points, difference from the peer mean, and the RightCare-style opportunity
 * of reaching the mean of the best 5 of the 10 most similar peers, in events and in pounds.
 */
package org.stptoolkit.metrics.peers;
