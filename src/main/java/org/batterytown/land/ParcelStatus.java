package org.batterytown.land;

/** A parcel's state: free to offer, reserved for a project, or transferred to it (final). */
public enum ParcelStatus {

	AVAILABLE, RESERVED, TRANSFERRED;

	/** Reserved or transferred from available; transferred or released from reserved; nothing after transfer. */
	public boolean canBecome(ParcelStatus target) {
		return switch (this) {
			case AVAILABLE -> target == RESERVED || target == TRANSFERRED;
			case RESERVED -> target == TRANSFERRED || target == AVAILABLE;
			case TRANSFERRED -> false;
		};
	}

}
