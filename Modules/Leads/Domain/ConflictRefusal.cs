using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Someone (or the background work) already did what the person asked for (deal closed, action done, lead released):
/// nothing changed, the page says so plainly (409), never a 404 or a 500.
/// </summary>
internal sealed class ConflictRefusal(string key, params object[] arguments) : DomainException(key, arguments)
{
    public override int StatusCode => 409;

    public static void ThrowIfAlready(bool condition, string key, params object[] arguments)
    {
        if (condition)
        {
            throw new ConflictRefusal(key, arguments);
        }
    }
}
