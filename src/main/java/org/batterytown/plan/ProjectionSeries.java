package org.batterytown.plan;

import java.util.ArrayList;
import java.util.List;

import org.batterytown.plan.projection.Path;
import org.batterytown.plan.projection.ProjectInput.Stream;

/** The deterministic projection's monthly series, named as the charts and the API name them. */
final class ProjectionSeries {

	private ProjectionSeries() {
	}

	static List<ProjectionView.Series> of(Path path) {
		List<ProjectionView.Series> series = new ArrayList<>();
		for (int s = 0; s < path.streams().size(); s++) {
			series.add(new ProjectionView.Series("capacity:" + name(path.streams().get(s)), path.capacity()[s]));
		}
		for (int s = 0; s < path.streams().size(); s++) {
			series.add(new ProjectionView.Series("production:" + name(path.streams().get(s)), path.production()[s]));
		}
		series.add(new ProjectionView.Series("outputValue", path.outputValue()));
		series.add(new ProjectionView.Series("electricity", path.electricity()));
		return series;
	}

	static String name(Stream stream) {
		return stream.link() + (stream.toll() ? ":toll" : "");
	}

}
