namespace SalesSuite.Stores.Application.Master;

/// <summary>Why an import line cannot be imported: a resource key and its arguments.</summary>
internal sealed record ImportProblem(string Key, IReadOnlyList<object> Arguments)
{
    public static ImportProblem Of(string key, params object[] arguments) => new(key, arguments);
}
