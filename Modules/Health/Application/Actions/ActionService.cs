using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Health.Contracts;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Health.Application.Actions;

/// <summary>
/// The one place an action takes and lifts effect: it stages the action with its event (AssignmentPaused, QuotingFrozen,
/// ReviewRequested, TraceModeChanged and their reversals) and the notifications to the person and the other party (their
/// manager, or for a review the person reviewed). The caller commits.
/// </summary>
internal sealed class ActionService(HealthDbContext db, Notifier<HealthDbContext> notifier, IOrganisation organisation, IClock clock,
    BusinessClock business, IStringLocalizer<HealthModule> localizer)
{
    public const string ActionsPage = "/Health/Actions";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<RecordRef> EvidenceOf(HealthAction action) =>
        string.IsNullOrEmpty(action.Evidence) ? [] : JsonSerializer.Deserialize<List<RecordRef>>(action.Evidence, Json) ?? [];

    /// <summary>The person an action concerns: the reviewed person of a supervisor review, otherwise its user.</summary>
    public static Guid PersonOf(HealthAction action) =>
        action.Kind == ActionKind.SupervisorReview && action.SubjectId is { } subject ? subject : action.UserId;

    public async Task<HealthAction> StartAsync(ActionStart start, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var user = await organisation.FindUserAsync(start.UserId, ct);
        var action = new HealthAction(Guid.NewGuid(), start.Kind, start.UserId, user?.TeamId, start.Rule, start.Explanation,
            JsonSerializer.Serialize(start.Evidence, Json), now, start.Until, start.SubjectId);
        db.Actions.Add(action);
        var reason = ExplanationText.ForEvent(localizer, start.Explanation);
        switch (start.Kind)
        {
            case ActionKind.PauseAssignment: db.Publish(new AssignmentPaused(Guid.NewGuid(), now, null, start.UserId, reason)); break;
            case ActionKind.FreezeQuoting: db.Publish(new QuotingFrozen(Guid.NewGuid(), now, null, start.UserId, reason)); break;
            case ActionKind.TraceMode: db.Publish(new TraceModeChanged(Guid.NewGuid(), now, null, start.UserId, true, reason)); break;
            case ActionKind.SupervisorReview or ActionKind.CustomerReview:
                var link = start.Kind == ActionKind.CustomerReview && start.SubjectId is { } customer
                    ? RecordRef.UrlOf(RecordRef.Customer, customer, customer) : $"{ActionsPage}?id={action.Id}";
                db.Publish(new ReviewRequested(Guid.NewGuid(), now, null, start.UserId, link, start.Until ?? now, PersonOfStart(start), reason));
                break;
        }
        await NotifyAsync(action, start.Label, "Action_Notify_", "Action_NotifyOther_", ct);
        return action;
    }

    /// <summary>Publishes what lifts the action's effect (the caller has reversed or ended it) and tells the person.</summary>
    public void Lift(HealthAction action, string reason)
    {
        var now = clock.GetCurrentInstant();
        switch (action.Kind)
        {
            case ActionKind.PauseAssignment: db.Publish(new AssignmentResumed(Guid.NewGuid(), now, action.EndedBy, action.UserId, reason)); break;
            case ActionKind.FreezeQuoting: db.Publish(new QuotingUnfrozen(Guid.NewGuid(), now, action.EndedBy, action.UserId, reason)); break;
            case ActionKind.TraceMode: db.Publish(new TraceModeChanged(Guid.NewGuid(), now, action.EndedBy, action.UserId, false, reason)); break;
        }
        notifier.ToUser(PersonOf(action), "Action_Notify_Lifted", null, action.EndedBy, localizer["Action_Kind_" + action.Kind].Value, reason);
    }

    /// <summary>A resource text ("key|args") in the language events carry.</summary>
    public string EventText(string explanation) => ExplanationText.ForEvent(localizer, explanation);

    private static Guid? PersonOfStart(ActionStart start) => start.Kind == ActionKind.SupervisorReview ? start.SubjectId : null;

    private async Task NotifyAsync(HealthAction action, string label, string own, string other, CancellationToken ct)
    {
        var person = PersonOf(action);
        var name = (await organisation.FindUserAsync(person, ct))?.DisplayName ?? "";
        var due = action.Until is { } until
            ? until.InZone(business.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
        string[] args = [name, label, due];
        var kind = action.Kind.ToString();
        var managersLink = $"{ActionsPage}?id={action.Id}";
        var isTask = action.Kind is ActionKind.SupervisorReview or ActionKind.CustomerReview;
        notifier.ToUser(action.UserId, own + kind, isTask ? managersLink : null, null, args);
        var otherParty = action.Kind == ActionKind.SupervisorReview ? person
            : action.Kind == ActionKind.CustomerReview ? null
            : (await organisation.ManagerOfAsync(action.UserId, ct))?.Id;
        if (otherParty is { } recipient && recipient != action.UserId)
        {
            notifier.ToUser(recipient, other + kind, action.Kind == ActionKind.SupervisorReview ? null : managersLink, null, args);
        }
    }
}
