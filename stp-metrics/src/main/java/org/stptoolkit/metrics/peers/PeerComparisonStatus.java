package org.stptoolkit.metrics.peers;

/** Whether a peer comparison could be made. */
public enum PeerComparisonStatus {
  /** Compared. */
  COMPARED,
  /** The area has no value. */
  MISSING_VALUE,
  /** Fewer than 5 peers with values: not compared. */
  TOO_FEW_PEERS
}
