namespace SalesSuite.Collections.Application.Payments.Import;

/// <summary>Why a statement row cannot be imported: a resource key and its arguments.</summary>
internal sealed record ImportProblem(string Key, IReadOnlyList<object> Arguments)
{
    public static ImportProblem Of(string key, params object[] arguments) => new(key, arguments);
}
