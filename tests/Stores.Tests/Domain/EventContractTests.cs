using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Stores.Contracts;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Domain;

/// <summary>Stores' five events survive the outbox's JSON (dates, durations, id lists) unchanged for their consumers.</summary>
public sealed class EventContractTests
{
    private static readonly LocalDate Day = new(2026, 11, 23);

    public static TheoryData<IIntegrationEvent> AllEvents()
    {
        var store = Guid.NewGuid();
        var user = Guid.NewGuid();
        var report = Guid.NewGuid();
        return
        [
            Events.StoreCheckedIn(store, user, Day, inside: false),
            Events.DailyReportSubmitted(store, user, Day, reportId: report, supervisorUserId: Guid.NewGuid()),
            Events.FeedbackRecorded(store, report, Day, question: "即食便当很难加热"),
            Events.PromotionExecutionReported(store, user, report, Day, Guid.NewGuid(), executed: false),
            Events.IssueClusterRaised(Day, [store, Guid.NewGuid()], count: 42),
        ];
    }

    [Theory]
    [MemberData(nameof(AllEvents))]
    public void Given_a_stores_event_When_written_to_the_outbox_and_read_back_Then_every_field_is_the_same(IIntegrationEvent sent)
    {
        var read = EventSerializer.Deserialize(EventSerializer.TypeName(sent.GetType()), EventSerializer.Serialize(sent));

        Assert.Equal(sent.GetType(), read.GetType());
        Assert.Equal(EventSerializer.Serialize(sent), EventSerializer.Serialize(read));
        if (sent is IssueClusterRaised cluster)
        {
            Assert.Equal(cluster.StoreIds, ((IssueClusterRaised)read).StoreIds);
        }
        if (sent is DailyReportSubmitted submitted)
        {
            Assert.Equal(submitted.DwellBeforeSubmit, ((DailyReportSubmitted)read).DwellBeforeSubmit);
        }
    }
}
