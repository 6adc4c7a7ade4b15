package org.framewright.dsl.naming;

import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.framewright.model.Framework;
import org.framewright.model.Item;

/**
 * Names of a framework's elements: {@code Framework.Element}. Items are named after the framework too, not after
 * their construct, because an item code names a column of the data and is unique across the framework; so
 * {@code MO4} is referred to as {@code MO4} anywhere in the file.
 */
public class FramewrightQualifiedNames extends DefaultDeclarativeQualifiedNameProvider {

	protected QualifiedName qualifiedName(Item item) {
		if (item.getName() == null || !(item.eContainer() != null && item.eContainer().eContainer() instanceof Framework framework)
				|| framework.getName() == null) {
			return item.getName() == null ? null : QualifiedName.create(item.getName());
		}
		return QualifiedName.create(framework.getName(), item.getName());
	}
}
