namespace SalesSuite.SharedKernel.Persistence;

/// <summary>Every DbContext type the host must migrate on start, in registration order.</summary>
public sealed class ModuleDatabaseRegistry
{
    private readonly List<Type> _contexts = [];

    public IReadOnlyList<Type> Contexts => _contexts;

    internal void Add(Type contextType)
    {
        if (!_contexts.Contains(contextType))
        {
            _contexts.Add(contextType);
        }
    }
}
