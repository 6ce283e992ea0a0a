using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class PipelineStageConfiguration : IEntityTypeConfiguration<PipelineStage>
{
    public void Configure(EntityTypeBuilder<PipelineStage> b)
    {
        b.ToTable("PipelineStages");
        b.HasKey(x => new { x.PipelineId, x.Name });
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.PipelineName).HasMaxLength(100).IsRequired();
    }
}
