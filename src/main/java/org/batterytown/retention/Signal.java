package org.batterytown.retention;

import java.util.List;

/** An early-warning signal: its kind, its weight, and the figures its explanation names. */
record Signal(SignalKind kind, int weight, List<Object> arguments) {
}
