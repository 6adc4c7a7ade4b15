package org.framewright.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.PlatformUI;

/** The Generate menu: one entry per contributed generator, and one that runs them all. */
public final class GenerateMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		for (Generators.Contribution generator : Generators.all()) {
			items.add(item(generator.label(), generator.id()));
		}
		items.add(new Separator());
		items.add(item("All Outputs", GenerateHandler.ALL));
		return items.toArray(IContributionItem[]::new);
	}

	private static IContributionItem item(String label, String generator) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(), null, GenerateHandler.COMMAND,
				CommandContributionItem.STYLE_PUSH);
		parameter.label = label;
		parameter.parameters = Map.of(GenerateHandler.PARAMETER, generator);
		return new CommandContributionItem(parameter);
	}
}
