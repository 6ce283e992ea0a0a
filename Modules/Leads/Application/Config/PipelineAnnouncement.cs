using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Application.Config;

/// <summary>
/// Announcing a pipeline, written once: after any change of its stages (and at start-up for a pipeline never
/// announced) <c>PipelineChanged</c> carries the whole pipeline, stages in position order. The pipeline remembers a
/// fingerprint of what it announced, so an unchanged pipeline (e.g. only a stage's field changed) is not announced
/// again and any state that was never announced is found.
/// </summary>
internal static class PipelineAnnouncement
{
    /// <summary>Publishes <c>PipelineChanged</c> when the stages differ from those last announced; true when it did.</summary>
    public static bool AnnounceIfChanged(LeadsDbContext db, Pipeline pipeline, Guid? actor, Instant now)
    {
        var stages = Stages(pipeline);
        if (!pipeline.MarkPublished(Fingerprint(pipeline.Name, stages)))
        {
            return false;
        }
        db.Publish(new PipelineChanged(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: actor, PipelineId: pipeline.Id, Name: pipeline.Name, Stages: stages));
        return true;
    }

    public static IReadOnlyList<StageThreshold> Stages(Pipeline pipeline) =>
        pipeline.Ordered.Select(s => new StageThreshold(s.Name, s.Position, s.AmberDays, s.RedDays, s.Skippable)).ToList();

    /// <summary>SHA-256 (hex) of the announced content: name and the stages as published.</summary>
    public static string Fingerprint(string name, IReadOnlyList<StageThreshold> stages) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { name, stages }))));
}
