using NodaTime;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Quotes.Application;

/// <summary>Stages bell notifications (text keys in this module's resources) in the same SaveChanges.</summary>
internal sealed class QuoteNotifier(QuotesDbContext db, IClock clock)
{
    public const string Module = "Quotes";

    public static string Link(Guid quoteId) => $"/Quotes/Details/{quoteId}";

    public void ToUser(Guid userId, string key, Guid quoteId, Guid? actor, params string[] arguments) =>
        db.Publish(new NotificationRequested(Guid.NewGuid(), clock.GetCurrentInstant(), actor, userId, null, Module, key, arguments, Link(quoteId)));

    public void ToRole(string role, string key, Guid quoteId, Guid? actor, params string[] arguments) =>
        db.Publish(new NotificationRequested(Guid.NewGuid(), clock.GetCurrentInstant(), actor, null, role, Module, key, arguments, Link(quoteId)));
}
