package org.stptoolkit.metrics.peers;

/**
 * An area's standing among its peers.
 *
 * @param status whether the comparison was made
 * @param rank 1 = best (highest when there is no judgement) among the area and its peers; ties share
 *     the better rank; {@code null} when not compared
 * @param groupSize number of values ranked (the area and its peers with values)
 * @param quintile quintile of the area's value among the area and its peers (PERCENTILE.INC cut points)
 * @param peerMean mean of the peers' values (the area excluded), in the indicator's units, or {@code null}
 * @param differenceFromPeerMean area value minus the peer mean, in units (Cannock Chase: 58 − 68 = −10)
 */
public record PeerComparisonResult(PeerComparisonStatus status, Integer rank, int groupSize,
    Quintile quintile, Double peerMean, Double differenceFromPeerMean) {}
