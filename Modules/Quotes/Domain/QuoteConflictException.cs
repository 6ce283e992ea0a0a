using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// A refusal because the quote moved on (changed since the customer's page was loaded, or accepted already): 409,
/// nothing was changed, the message says what happened.
/// </summary>
internal sealed class QuoteConflictException(string key, params object[] arguments) : DomainException(key, arguments)
{
    public override int StatusCode => 409;
}
