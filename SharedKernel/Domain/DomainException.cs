namespace SalesSuite.SharedKernel.Domain;

/// <summary>
/// The one refusal type: a business rule said no. <see cref="Key"/> is a resource key (module or kernel resources),
/// formatted with <see cref="Arguments"/> in the reader's language. Pages show it next to the form, never as a 500.
/// </summary>
public class DomainException(string key, params object[] arguments) : Exception(key)
{
    public string Key { get; } = key;

    public IReadOnlyList<object> Arguments { get; } = arguments;

    /// <summary>HTTP status an htmx answer carries: 422 for a refused rule, 409 for a conflict.</summary>
    public virtual int StatusCode => 422;

    /// <summary>The aggregate's rule check: refuse with <paramref name="key"/> unless <paramref name="condition"/> holds.</summary>
    public static void ThrowIf(bool condition, string key, params object[] arguments)
    {
        if (condition)
        {
            throw new DomainException(key, arguments);
        }
    }
}
