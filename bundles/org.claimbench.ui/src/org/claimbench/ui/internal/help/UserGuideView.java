package org.claimbench.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;

/**
 * Help > ClaimBench User Guide: the guide the documentation bundle ships (index.md), laid out in a read-only text
 * with its headings, tables, code and screenshots. A text widget rather than a browser, so that it shows on every
 * machine, a browser engine installed or not.
 */
public final class UserGuideView extends ViewPart {

	public static final String ID = "org.claimbench.ui.userGuideView";
	static final String DOC_BUNDLE = "org.claimbench.doc";
	static final String GUIDE = "index.md";
	/** Screenshots are shown at most this wide, and never wider than they are. */
	private static final int MAX_IMAGE_WIDTH = 900;
	private static final Color CODE_BACKGROUND = new Color(new RGB(238, 238, 238));
	private static final Color LINK = new Color(new RGB(20, 60, 160));
	private static final Color CAPTION = new Color(new RGB(90, 90, 90));

	private StyledText text;
	private final Map<Integer, Image> images = new HashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		text.setMargins(16, 12, 16, 12);
		text.setLineSpacing(2);
		text.setCaret(null);
		show(load());
		// Images stand on a replacement character sized to them: they are drawn where the text puts it.
		text.addPaintObjectListener(event -> {
			Image image = images.get(event.style.start);
			if (image != null) {
				event.gc.drawImage(image, 0, 0, image.getBounds().width, image.getBounds().height, event.x,
						event.y + event.ascent - event.style.metrics.ascent, event.style.metrics.width, event.style.metrics.ascent);
			}
		});
	}

	/** The guide's Markdown, or a Markdown note saying why it is missing. */
	private static String load() {
		Bundle bundle = Platform.getBundle(DOC_BUNDLE);
		URL entry = bundle == null ? null : bundle.getEntry(GUIDE);
		if (entry == null) {
			return "# ClaimBench user guide\n\nThe user guide is not installed (the bundle " + DOC_BUNDLE + " or its "
					+ GUIDE + " is missing).";
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "# ClaimBench user guide\n\nThe user guide could not be read: " + e.getMessage();
		}
	}

	private void show(String markdown) {
		MarkdownLayout layout = MarkdownLayout.of(markdown);
		text.setText(layout.text());
		List<StyleRange> styles = new ArrayList<>();
		for (MarkdownLayout.Run run : layout.runs()) {
			styles.add(style(run));
		}
		for (MarkdownLayout.Picture picture : layout.pictures()) {
			Image image = picture(picture.path());
			if (image == null) {
				continue;
			}
			images.put(picture.offset(), image);
			StyleRange place = new StyleRange(picture.offset(), 1, null, null);
			place.metrics = new GlyphMetrics(image.getBounds().height, 0, image.getBounds().width);
			styles.add(place);
		}
		// StyledText wants its ranges in order and apart: the later, inner one wins where two meet.
		styles.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.length, a.length));
		text.setStyleRanges(disjoint(styles).toArray(StyleRange[]::new));
	}

	private static StyleRange style(MarkdownLayout.Run run) {
		StyleRange style = new StyleRange(run.offset(), run.length(), null, null);
		switch (run.style()) {
		case HEADING_1 -> style.font = JFaceResources.getHeaderFont();
		case HEADING_2 -> style.font = JFaceResources.getBannerFont();
		case STRONG, TABLE_HEAD -> style.fontStyle = SWT.BOLD;
		case EMPHASIS -> style.fontStyle = SWT.ITALIC;
		case CODE -> {
			style.font = JFaceResources.getTextFont();
			style.background = CODE_BACKGROUND;
		}
		case LINK -> {
			style.foreground = LINK;
			style.underline = true;
			style.data = run.target();
		}
		case CAPTION -> {
			style.fontStyle = SWT.ITALIC;
			style.foreground = CAPTION;
		}
		}
		return style;
	}

	/** Cuts outer ranges where inner ones lie (a code span in a table's first cell), keeping both styles apart. */
	private static List<StyleRange> disjoint(List<StyleRange> sorted) {
		List<StyleRange> result = new ArrayList<>();
		for (StyleRange next : sorted) {
			if (!result.isEmpty()) {
				StyleRange last = result.get(result.size() - 1);
				int lastEnd = last.start + last.length;
				if (next.start < lastEnd) {
					last.length = next.start - last.start;
					if (last.length <= 0) {
						result.remove(result.size() - 1);
					}
					if (lastEnd > next.start + next.length) {
						StyleRange rest = (StyleRange) last.clone();
						rest.start = next.start + next.length;
						rest.length = lastEnd - rest.start;
						result.add(next);
						result.add(rest);
						continue;
					}
				}
			}
			result.add(next);
		}
		return result;
	}

	/** A screenshot of the documentation bundle, scaled down to fit, or null when it is not there. */
	private Image picture(String path) {
		Bundle bundle = Platform.getBundle(DOC_BUNDLE);
		URL entry = bundle == null || path.contains("://") ? null : bundle.getEntry(path);
		if (entry == null) {
			return null;
		}
		try (InputStream in = entry.openStream()) {
			ImageData data = new ImageData(in);
			if (data.width > MAX_IMAGE_WIDTH) {
				data = data.scaledTo(MAX_IMAGE_WIDTH, data.height * MAX_IMAGE_WIDTH / data.width);
			}
			return new Image(text.getDisplay(), data);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** The guide as shown. */
	public StyledText textWidget() {
		return text;
	}

	/** How many of the guide's images are shown. */
	public int imageCount() {
		return images.size();
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
		super.dispose();
	}
}
