package fr.ccibusiness.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The flows behind the scheduler (JGraphT): which requests to place when the participants' limits bind
 * (a maximum b-matching, must-meet requests preferred: a minimum-cost flow), and the upper bounds no
 * schedule can beat (maximum flows, push-relabel).
 */
final class MeetingFlows {

    private MeetingFlows() {
    }

    /** Each participant's side when the requests form a bipartite graph (buyers and suppliers); null otherwise. */
    static int[] sides(int participants, List<MeetingProblem.Request> requests, IntPredicate included) {
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            neighbours.add(new ArrayList<>());
        }
        for (int r = 0; r < requests.size(); r++) {
            if (included.test(r)) {
                neighbours.get(requests.get(r).a()).add(requests.get(r).b());
                neighbours.get(requests.get(r).b()).add(requests.get(r).a());
            }
        }
        int[] side = new int[participants];
        java.util.Arrays.fill(side, -1);
        int[] queue = new int[participants];
        for (int start = 0; start < participants; start++) {
            if (side[start] >= 0) {
                continue;
            }
            side[start] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            while (head < tail) {
                int p = queue[head++];
                for (int q : neighbours.get(p)) {
                    if (side[q] < 0) {
                        side[q] = 1 - side[p];
                        queue[tail++] = q;
                    } else if (side[q] == side[p]) {
                        return null;
                    }
                }
            }
        }
        return side;
    }

    /**
     * A maximum set of the requests {@code included} such that no participant has more than
     * {@code capacity[p]} of them and there are at most {@code total} in all, with as many must-meet
     * requests as such a maximum set can hold: a minimum-cost maximum flow (JGraphT's capacity scaling),
     * where a request costs nothing if must-meet and 1 otherwise, and a unit that bypasses every request
     * costs more than all of them. Exact when the requests form a bipartite graph ({@code side}); else
     * only the requests across {@code side} are chosen this way, and the caller adds the others.
     */
    static boolean[] bMatching(List<MeetingProblem.Request> requests, IntPredicate included, int[] side, int[] capacity,
                               long total) {
        int participants = capacity.length;
        int source = participants;
        int hub = participants + 1;
        int sink = participants + 2;
        DirectedWeightedMultigraph<Integer, DefaultWeightedEdge> network = network(sink + 1);
        // Capacities in a map; costs are the edges' weights (what JGraphT's capacity scaling reads).
        Map<DefaultWeightedEdge, Integer> capacities = new java.util.HashMap<>();
        int supply = 0;
        for (int p = 0; p < participants; p++) {
            if (capacity[p] > 0) {
                DefaultWeightedEdge edge = side[p] == 0 ? network.addEdge(hub, p) : network.addEdge(p, sink);
                network.setEdgeWeight(edge, 0);
                capacities.put(edge, capacity[p]);
                supply += side[p] == 0 ? capacity[p] : 0;
            }
        }
        supply = (int) Math.min(supply, total);
        DefaultWeightedEdge toHub = network.addEdge(source, hub);
        network.setEdgeWeight(toHub, 0);
        capacities.put(toHub, supply);
        DefaultWeightedEdge bypass = network.addEdge(source, sink);
        network.setEdgeWeight(bypass, requests.size() + 1.0);
        capacities.put(bypass, supply);
        List<DefaultWeightedEdge> edges = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            DefaultWeightedEdge edge = null;
            MeetingProblem.Request request = requests.get(r);
            if (included.test(r) && side[request.a()] != side[request.b()]) {
                int left = side[request.a()] == 0 ? request.a() : request.b();
                int right = left == request.a() ? request.b() : request.a();
                edge = network.addEdge(left, right);
                network.setEdgeWeight(edge, request.mustMeet() ? 0 : 1);
                capacities.put(edge, 1);
            }
            edges.add(edge);
        }
        int flowing = supply;
        Map<DefaultWeightedEdge, Double> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(network,
                        v -> v == source ? flowing : v == sink ? -flowing : 0, e -> capacities.getOrDefault(e, 0),
                        e -> 0, network::getEdgeWeight)).getFlowMap();
        boolean[] chosen = new boolean[requests.size()];
        for (int r = 0; r < chosen.length; r++) {
            chosen[r] = edges.get(r) != null && flow.getOrDefault(edges.get(r), 0.0) > 0.5;
        }
        return chosen;
    }

    /** A maximum set as {@link #bMatching}, without preferring must-meet requests (a maximum flow): for bounds. */
    static long bMatchingSize(List<MeetingProblem.Request> requests, int[] side, int[] capacity, long total) {
        int participants = capacity.length;
        int source = participants;
        int hub = participants + 1;
        int sink = participants + 2;
        DirectedWeightedMultigraph<Integer, DefaultWeightedEdge> network = network(sink + 1);
        network.setEdgeWeight(network.addEdge(source, hub), total);
        for (int p = 0; p < participants; p++) {
            if (capacity[p] > 0) {
                network.setEdgeWeight(side[p] == 0 ? network.addEdge(hub, p) : network.addEdge(p, sink), capacity[p]);
            }
        }
        for (MeetingProblem.Request request : requests) {
            if (side[request.a()] != side[request.b()]) {
                int left = side[request.a()] == 0 ? request.a() : request.b();
                network.setEdgeWeight(network.addEdge(left, left == request.a() ? request.b() : request.a()), 1);
            }
        }
        return Math.round(new PushRelabelMFImpl<>(network).calculateMaximumFlow(source, sink));
    }

    /**
     * An upper bound of the meetings of any schedule: the participants' limits (a maximum b-matching of
     * the requests; on a graph that is not bipartite, half the one of its bipartite double cover, which
     * bounds the fractional one), and the slots' tables (a flow from each request to the slots both
     * sides can attend, each slot taking at most its tables).
     */
    static long upperBound(MeetingProblem problem) {
        int participants = problem.participants();
        int[] capacity = new int[participants];
        for (int p = 0; p < participants; p++) {
            capacity[p] = problem.capacity(p);
        }
        List<MeetingProblem.Request> requests = problem.requests();
        long tables = (long) problem.slots() * problem.tables();
        int[] side = sides(participants, requests, r -> true);
        long byLimits;
        if (side != null) {
            byLimits = bMatchingSize(requests, side, capacity, tables);
        } else {
            // The double cover: participant p as p (left) and p + n (right); each request both ways.
            List<MeetingProblem.Request> doubled = new ArrayList<>();
            for (MeetingProblem.Request request : requests) {
                doubled.add(new MeetingProblem.Request(request.a(), request.b() + participants, request.mustMeet()));
                doubled.add(new MeetingProblem.Request(request.b(), request.a() + participants, request.mustMeet()));
            }
            int[] doubledSide = new int[2 * participants];
            int[] doubledCapacity = new int[2 * participants];
            for (int p = 0; p < participants; p++) {
                doubledSide[p + participants] = 1;
                doubledCapacity[p] = capacity[p];
                doubledCapacity[p + participants] = capacity[p];
            }
            byLimits = bMatchingSize(doubled, doubledSide, doubledCapacity, 2 * tables) / 2;
        }
        return Math.min(byLimits, byTables(problem));
    }

    /** Requests to slots both sides can attend, at most the tables per slot; requests alike share a node. */
    private static long byTables(MeetingProblem problem) {
        Map<java.util.BitSet, Integer> alike = new java.util.HashMap<>();
        for (MeetingProblem.Request request : problem.requests()) {
            java.util.BitSet both = new java.util.BitSet(problem.slots());
            for (int s = 0; s < problem.slots(); s++) {
                if (problem.available()[request.a()][s] && problem.available()[request.b()][s]) {
                    both.set(s);
                }
            }
            if (!both.isEmpty()) {
                alike.merge(both, 1, Integer::sum);
            }
        }
        int source = 0;
        int sink = 1;
        DirectedWeightedMultigraph<Integer, DefaultWeightedEdge> network = network(2 + problem.slots());
        for (int s = 0; s < problem.slots(); s++) {
            network.setEdgeWeight(network.addEdge(2 + s, sink), problem.tables());
        }
        int node = 2 + problem.slots();
        for (var group : alike.entrySet()) {
            network.addVertex(node);
            network.setEdgeWeight(network.addEdge(source, node), group.getValue());
            for (int s = group.getKey().nextSetBit(0); s >= 0; s = group.getKey().nextSetBit(s + 1)) {
                network.setEdgeWeight(network.addEdge(node, 2 + s), group.getValue());
            }
            node++;
        }
        return Math.round(new PushRelabelMFImpl<>(network).calculateMaximumFlow(source, sink));
    }


    /** A flow network of vertices 0 to {@code vertices - 1}, parallel edges allowed. */
    private static DirectedWeightedMultigraph<Integer, DefaultWeightedEdge> network(int vertices) {
        DirectedWeightedMultigraph<Integer, DefaultWeightedEdge> network = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < vertices; v++) {
            network.addVertex(v);
        }
        return network;
    }
}
