namespace SalesSuite.Quotes.Domain;

/// <summary>A business rule refused a command; <see cref="Key"/> is a resource key shown to the user.</summary>
internal sealed class DomainException(string key, params object[] arguments) : Exception(key)
{
    public string Key { get; } = key;

    public object[] Arguments { get; } = arguments;
}
