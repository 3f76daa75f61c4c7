package org.claimbench.ui.internal.series;

import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/** The Series view's columns; the claim the user selected is in bold, a dropped row and its reason in red. */
final class ChainColumns {

	private ChainColumns() {
	}

	static void addTo(TableViewer viewer) {
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(viewer, "Date", 90, ChainRow::date);
		column(viewer, "Statement", 175, ChainRow::statement);
		column(viewer, "Claim", 150, row -> row.claim() == null ? "" : row.claim());
		column(viewer, "Kind", 110, ChainRow::kind);
		column(viewer, "Link", 80, ChainRow::link);
		TableViewerColumn wording = new TableViewerColumn(viewer, 0);
		wording.getColumn().setText("Wording (changes since the statement before)");
		wording.getColumn().setWidth(640);
		wording.setLabelProvider(new StyledCellLabelProvider() {
			@Override
			public void update(ViewerCell cell) {
				ChainRow row = (ChainRow) cell.getElement();
				DiffStyles.Styled styled = DiffStyles.of(row.wording());
				cell.setText(styled.text());
				cell.setStyleRanges(styled.ranges());
				cell.setFont(row.chosen() ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null);
				super.update(cell);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((ChainRow) element).wording();
			}
		});
		column(viewer, "Change", 220, ChainRow::change);
	}

	private static void column(TableViewer viewer, String title, int width, Function<ChainRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, 0);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ChainRow) element);
			}

			@Override
			public Font getFont(Object element) {
				return ((ChainRow) element).chosen() ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}

			@Override
			public Color getForeground(Object element) {
				return ChainRow.DROPPED.equals(((ChainRow) element).link()) ? DiffStyles.REMOVED : null;
			}
		});
	}
}
