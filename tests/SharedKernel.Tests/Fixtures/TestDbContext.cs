using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "kerneltest";

    public DbSet<Widget> Widgets => Set<Widget>();
    public DbSet<AppliedEvent> Applied => Set<AppliedEvent>();
    public DbSet<TestSettings> Settings => Set<TestSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Widget>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.Name).HasMaxLength(100);
            b.HasIndex(x => x.Name).IsUnique();
        });
        modelBuilder.Entity<AppliedEvent>().HasKey(x => x.Id);
        modelBuilder.Entity<TestSettings>().HasKey(x => x.Id);
        base.OnModelCreating(modelBuilder);
    }
}
