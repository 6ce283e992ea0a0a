using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> b)
    {
        b.ToTable("Deals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.ProductLine).HasMaxLength(100);
        b.HasIndex(x => new { x.ProductLine, x.ClosedAt });
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.CompletedStages).HasMaxLength(2000);
        b.Ignore(x => x.Completed);
        // The kanban (KanbanQueries): a column's first cards in order and its count / amount straight from an index, for
        // everyone (Status, PipelineId, StageId, …; ExpectedAmount makes the GROUP BY covering) and for owners (OwnerId, …).
        b.HasIndex(x => new { x.Status, x.PipelineId, x.StageId, x.StageEnteredAt, x.Id, x.ExpectedAmount });
        b.HasIndex(x => new { x.OwnerId, x.Status, x.PipelineId, x.StageId, x.StageEnteredAt, x.Id });
        b.HasIndex(x => x.CustomerId);
        b.HasIndex(x => x.LeadId);
    }
}
