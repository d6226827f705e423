namespace SendSite.Engine;

/// <summary>Checks the pipelines' dependencies before a run: every name exists and there is no cycle.</summary>
public static class PipelineGraph
{
    public static void CheckAcyclic<TContext>(IReadOnlyDictionary<string, IPipeline<TContext>> byName)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: done
        void Visit(IPipeline<TContext> pipeline, Stack<string> path)
        {
            if (state.TryGetValue(pipeline.Name, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Pipelines depend on each other in a cycle: {string.Join(" -> ", path.Reverse().Append(pipeline.Name))}.");
                }
                return;
            }
            state[pipeline.Name] = false;
            path.Push(pipeline.Name);
            foreach (var dependency in pipeline.Dependencies)
            {
                if (!byName.TryGetValue(dependency, out var next))
                {
                    throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on '{dependency}', which does not exist.");
                }
                Visit(next, path);
            }
            path.Pop();
            state[pipeline.Name] = true;
        }
        foreach (var pipeline in byName.Values)
        {
            Visit(pipeline, new Stack<string>());
        }
    }
}
