from alembic import context

from fieldapp.model import Base

database = context.config.attributes["database"]

with database.write_engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
