package org.batterytown.stats.web;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.imageio.ImageIO;

import org.batterytown.stats.Dispatch;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * The dispatch report's output chart as a PNG: twelve months of output value against the same months
 * a year earlier. The image carries only digits (months, values) so that it renders without a CJK font
 * on the server; the caption in the document names the series.
 */
final class DispatchChart {

	static final Color THIS_YEAR = new Color(0x0d, 0x6e, 0xfd);

	static final Color YEAR_EARLIER = new Color(0xad, 0xb5, 0xbd);

	private DispatchChart() {
	}

	static byte[] outputTrend(Dispatch dispatch, BigDecimal divisor) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Dispatch.TrendMonth m : dispatch.trend()) {
			String month = m.month().toString();
			data.addValue(scaled(m.outputValue(), divisor), "1", month);
			data.addValue(scaled(m.outputValueYearEarlier(), divisor), "2", month);
		}
		JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, false,
				false);
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		plot.setRangeGridlinePaint(new Color(0xde, 0xe2, 0xe6));
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, THIS_YEAR);
		renderer.setSeriesPaint(1, YEAR_EARLIER);
		BufferedImage image = chart.createBufferedImage(1000, 360);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static @Nullable Number scaled(@Nullable BigDecimal value, BigDecimal divisor) {
		return value == null ? null : value.divide(divisor, 2, RoundingMode.HALF_UP);
	}

}
