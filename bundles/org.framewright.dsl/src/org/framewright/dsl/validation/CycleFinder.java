package org.framewright.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Construct;
import org.framewright.model.structure.Path;
import org.framewright.model.structure.StructuralModel;

/**
 * Finds the paths that lie on a cycle of the structural model (Tarjan's strongly connected components, linear in
 * the size of the model), and for each such path one cycle through it.
 */
final class CycleFinder {

	private final StructuralModel structure;
	private final Map<Construct, List<Construct>> successors = new HashMap<>();
	private final Map<Construct, Integer> index = new HashMap<>();
	private final Map<Construct, Integer> lowLink = new HashMap<>();
	private final Map<Construct, Integer> component = new HashMap<>();
	private final Deque<Construct> stack = new ArrayDeque<>();
	private final Set<Construct> onStack = new HashSet<>();
	private int counter;

	CycleFinder(StructuralModel structure) {
		this.structure = structure;
		for (Path path : structure.getPaths()) {
			successors.computeIfAbsent(path.getCause(), c -> new ArrayList<>()).add(path.getEffect());
		}
	}

	/** Each path on a cycle, with a cycle through it starting at the path's cause. */
	Map<Path, List<Construct>> cycles() {
		for (Construct construct : successors.keySet()) {
			if (!index.containsKey(construct)) {
				connect(construct);
			}
		}
		Map<Path, List<Construct>> result = new LinkedHashMap<>();
		for (Path path : structure.getPaths()) {
			Integer from = component.get(path.getCause());
			if (from != null && from.equals(component.get(path.getEffect()))) {
				result.put(path, cycleThrough(path));
			}
		}
		return result;
	}

	/** Tarjan's algorithm, iterative so that long chains cannot overflow the stack. */
	private void connect(Construct root) {
		Deque<Object[]> work = new ArrayDeque<>();
		visit(root);
		work.push(new Object[] { root, 0 });
		while (!work.isEmpty()) {
			Object[] frame = work.peek();
			Construct node = (Construct) frame[0];
			int next = (Integer) frame[1];
			List<Construct> targets = successors.getOrDefault(node, List.of());
			if (next < targets.size()) {
				frame[1] = next + 1;
				Construct target = targets.get(next);
				if (!index.containsKey(target)) {
					visit(target);
					work.push(new Object[] { target, 0 });
				} else if (onStack.contains(target)) {
					lowLink.put(node, Math.min(lowLink.get(node), index.get(target)));
				}
				continue;
			}
			work.pop();
			if (!work.isEmpty()) {
				Construct parent = (Construct) work.peek()[0];
				lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(node)));
			}
			if (lowLink.get(node).equals(index.get(node))) {
				Construct member;
				do {
					member = stack.pop();
					onStack.remove(member);
					component.put(member, index.get(node));
				} while (member != node);
			}
		}
	}

	private void visit(Construct node) {
		index.put(node, counter);
		lowLink.put(node, counter);
		counter++;
		stack.push(node);
		onStack.add(node);
	}

	/** A shortest way back from the path's effect to its cause, inside their component. */
	private List<Construct> cycleThrough(Path path) {
		Integer scc = component.get(path.getCause());
		Map<Construct, Construct> cameFrom = new HashMap<>();
		Deque<Construct> queue = new ArrayDeque<>(List.of(path.getEffect()));
		cameFrom.put(path.getEffect(), path.getEffect());
		while (!queue.isEmpty() && !cameFrom.containsKey(path.getCause())) {
			Construct node = queue.poll();
			for (Construct next : successors.getOrDefault(node, List.of())) {
				if (scc.equals(component.get(next)) && cameFrom.putIfAbsent(next, node) == null) {
					queue.add(next);
				}
			}
		}
		List<Construct> back = new ArrayList<>();
		for (Construct at = path.getCause(); at != path.getEffect(); at = cameFrom.get(at)) {
			back.add(0, at);
		}
		back.add(0, path.getEffect());
		// back = effect ... cause; the cycle starting at the cause is cause, effect, ..., (back to cause)
		List<Construct> cycle = new ArrayList<>();
		cycle.add(path.getCause());
		cycle.addAll(back.subList(0, back.size() - 1));
		return cycle;
	}
}
