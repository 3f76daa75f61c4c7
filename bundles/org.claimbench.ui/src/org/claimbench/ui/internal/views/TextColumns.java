package org.claimbench.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Columns of a table viewer whose rows are of one type, each showing a text of the row. */
public final class TextColumns {

	private TextColumns() {
	}

	public static <T> TableViewerColumn add(TableViewer viewer, Class<T> rows, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rows.cast(element));
			}
		});
		return column;
	}
}
