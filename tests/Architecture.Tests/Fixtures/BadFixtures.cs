using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SalesSuite.SharedKernel.Events;

// Deliberately broken types: each rule must report them (proof that the rule can fail).
namespace SalesSuite.Architecture.Tests.Fixtures.Dependencies
{
    /// <summary>Reaches into another module's assembly (its IModule type is not a contract).</summary>
    public sealed class UsesAnotherModule
    {
        public object Other { get; } = new SalesSuite.Leads.LeadsModule();
    }

    /// <summary>Uses only another module's contract: allowed.</summary>
    public sealed class UsesAContract
    {
        public SalesSuite.Leads.Contracts.LeadClaimed? Claimed { get; set; }
    }

    /// <summary>A "host" type that uses a module's page model directly instead of its XxxModule.</summary>
    public sealed class UsesAModulePage
    {
        public Type Page => typeof(SalesSuite.Leads.Areas.Leads.Pages.IndexModel);
        public Type Entry => typeof(SalesSuite.Leads.LeadsModule);
    }
}

namespace SalesSuite.Architecture.Tests.Fixtures.Contracts
{
    public sealed record GoodContract(Guid EventId, Instant OccurredAt, Guid? ActorUserId, decimal Amount) : IIntegrationEvent;

    /// <summary>A contract leaking a web type.</summary>
    public sealed record LeakyContract(Microsoft.AspNetCore.Http.PathString Path);
}

namespace SalesSuite.Architecture.Tests.Fixtures.Visibility
{
    public sealed class LeakyService;

    internal sealed class HiddenService;

    public sealed class SomePageModel : PageModel
    {
        public SomeInput Input { get; set; } = new();
        public IReadOnlyList<SomeRow> Rows { get; } = [];
    }

    /// <summary>Exposed by a public page model: must be public.</summary>
    public sealed class SomeInput;

    public sealed record SomeRow(string Text);
}

namespace SalesSuite.Architecture.Tests.Fixtures.Events
{
    public record OpenRecordEvent(Guid EventId, Instant OccurredAt, Guid? ActorUserId) : IIntegrationEvent;

    public sealed class ClassEvent(Guid eventId, Instant occurredAt) : IIntegrationEvent
    {
        public Guid EventId { get; } = eventId;
        public Instant OccurredAt { get; } = occurredAt;
        public Guid? ActorUserId => null;
    }

    public sealed record GoodEvent(Guid EventId, Instant OccurredAt, Guid? ActorUserId) : IIntegrationEvent;
}
